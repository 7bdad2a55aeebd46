/** The newest hits read in full: enough to tally what reviewers did, few enough to answer at once. */
export const CONCORDANCE_READ = 200;

export const CONCORDANCE_PAGE_SIZE = 25;

/** Counting every hit of a common word would cost more than knowing "over 1,000" is worth. */
export const CONCORDANCE_COUNT_CAP = 1_000;
