// Texts of supervision's assignment part (under `supervision:assignment.…`); `errors` go to errors:codes too.
export const assignment = { errors: {} };
