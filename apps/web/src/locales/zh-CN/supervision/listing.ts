// Texts of supervision's listing part (under `supervision:listing.…`); `errors` go to errors:codes too.
export const listing = { errors: {} };
