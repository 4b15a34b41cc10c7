// Texts of supervision's progress part (under `supervision:progress.…`); `errors` go to errors:codes too.
export const progress = { errors: {} };
