// Texts of supervision's map part (under `supervision:map.…`); `errors` go to errors:codes too.
export const map = { errors: {} };
