-- CreateTable
CREATE TABLE "api_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "api_limits_pkey" PRIMARY KEY ("key")
);

