/** 楽天ROOM facts beyond rewards: rank conditions, follow/like limits, audience, influencer programme. */
export {};
