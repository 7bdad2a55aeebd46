-- AlterTable
ALTER TABLE "User" ADD COLUMN     "uiLocale" TEXT;

