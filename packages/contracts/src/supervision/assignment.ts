// Schemas of supervision's assignment part: requests, responses and code lists.
export {};
