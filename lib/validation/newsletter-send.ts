import { z } from "zod";
import { locale } from "./articles";
import { id } from "./issues";

export const newsletterIssueSchema = z.object({ issueId: id });
export const testNewsletterSchema = z.object({ issueId: id, locale });
