-- 公开链接 / 二维码 mode: one row per device that cast a ballot from a campaign's public page, so that a device
-- casts once (DESIGN §6). device_key is the SHA-256 of the device token. The row shares nothing with the ballot
-- but the campaign; like the ballots, the table is rewritten in key order when a box is sealed (ScrubAsync).
CREATE TABLE public_devices (
  campaign_id text  NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  device_key  bytea NOT NULL,  -- SHA-256 of the device token
  PRIMARY KEY (campaign_id, device_key)
);
