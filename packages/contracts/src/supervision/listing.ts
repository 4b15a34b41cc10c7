// Schemas of supervision's listing part: requests, responses and code lists.
export {};
