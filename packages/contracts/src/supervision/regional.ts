// Schemas of supervision's regional part: requests, responses and code lists.
export {};
