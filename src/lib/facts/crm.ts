/** 楽天CRM facts: coupon validity, review request timing, and the other figures the CRM lessons cite. */
export {};
