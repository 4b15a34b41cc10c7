// Texts of supervision's regional part (under `supervision:regional.…`); `errors` go to errors:codes too.
export const regional = { errors: {} };
