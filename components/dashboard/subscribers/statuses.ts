import type { SubscriberStatus } from "@/lib/dashboard/subscribers";

/** The order the page shows statuses in: the ones that receive mail first. */
export const SUBSCRIBER_STATUSES: readonly SubscriberStatus[] = ["confirmed", "pending", "unsubscribed"];

export const statusColours: Record<SubscriberStatus, string> = {
  confirmed: "bg-emerald-100 text-emerald-900",
  pending: "bg-amber-100 text-amber-900",
  unsubscribed: "bg-stone-200 text-stone-800",
};
