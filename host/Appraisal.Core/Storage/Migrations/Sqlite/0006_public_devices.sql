-- 公开链接 / 二维码 mode: one row per device that cast a ballot from a campaign's public page, so that a device
-- casts once (DESIGN §6). device_key is the SHA-256 of the device token, a random value only the device holds.
-- The row is written in the transaction that appends the ballot, yet shares nothing with it but the campaign: no
-- ballot id, no code, no address, no time of any precision. Keyed by the random key in a WITHOUT ROWID table, so
-- its stored order is not the order of casting (and closing a campaign scrubs the file as for the ballots).
CREATE TABLE public_devices (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  device_key  BLOB NOT NULL,  -- SHA-256 of the device token
  PRIMARY KEY (campaign_id, device_key)
) STRICT, WITHOUT ROWID;
