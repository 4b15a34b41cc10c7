// Schemas of supervision's map part: requests, responses and code lists.
export {};
