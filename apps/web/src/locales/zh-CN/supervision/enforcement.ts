// Texts of supervision's enforcement part (under `supervision:enforcement.…`); `errors` go to errors:codes too.
export const enforcement = { errors: {} };
