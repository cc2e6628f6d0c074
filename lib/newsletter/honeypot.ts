/** The subscribe form's hidden field: people never see it, form-filling bots fill it in. */
export const HONEYPOT_FIELD = "website";
