// Schemas of supervision's enforcement part: requests, responses and code lists.
export {};
