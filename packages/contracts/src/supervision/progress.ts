// Schemas of supervision's progress part: requests, responses and code lists.
export {};
