-- wrk script: the same casting load as `drive.mjs cast`, from a load tool that costs the 2-core machine far less
-- CPU per request (Node spent 100-180 µs of CPU a ballot, competing with the server it measures).
--
--   wrk -t1 -c<connections> -d<seconds>s -s cast.lua <graphql-url> -- <codes-file> <first-code>
--
-- One wrk thread (-t1: one thread's event loop keeps 64 connections busy at well over 10,000 requests/s, and the
-- codes need no sharing). Every request is one full 人民满意机关 ballot (3 agencies × 6 indicators, the options spread
-- over the ballots) with the next unused code of <codes-file>, so no code is sent twice. A response counts as
-- accepted only when it is a 200 whose JSON says "accepted":true; any other answer is refused. Prints one JSON line:
-- ballots/s, p50/p99 in ms, accepted, refused, failed (socket errors), sent and answered. wrk stops at its deadline
-- without waiting for the requests still in flight, so up to `sent - answered` ballots may have been stored without
-- the driver hearing of it: a box holds between `accepted` and `accepted + sent - answered` of this run's ballots.

local INDICATORS = { "attitude", "efficiency", "lawful", "integrity", "openness", "conduct" }
local OPTIONS = { "satisfied", "fairly-satisfied", "basically-satisfied", "dissatisfied", "unknown" }
local AGENCIES = { "a1", "a2", "a3" }
local QUERY = "mutation($code: String!, $answers: [AnswerInput!]!) { submitBallot(code: $code, answers: $answers) "
  .. "{ accepted receipt { position } problems { code } } }"
local VARIANTS = 97 -- distinct answer sets, so the options are spread over the ballots as drive.mjs spreads them

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local codes = {}
local position = 1
local answers = {}
-- Globals, not locals: done() reads them from each thread with thread:get.
accepted, refused, sent = 0, 0, 0

-- The answers of variant v: every indicator of every agency, each option picked by a small mixing sequence.
local function answers_of(v)
  local parts = {}
  local k = v * 7919 + 17
  for _, agency in ipairs(AGENCIES) do
    for _, indicator in ipairs(INDICATORS) do
      k = (k * 48271) % 2147483647
      local option = OPTIONS[(k % #OPTIONS) + 1]
      parts[#parts + 1] = '{"itemKey":"' .. indicator .. '","subjectId":"' .. agency .. '","optionKeys":["' .. option .. '"]}'
    end
  end
  return "[" .. table.concat(parts, ",") .. "]"
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the codes file " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then codes[#codes + 1] = line end
  end
  file:close()
  position = tonumber(args[2] or "0") + 1 -- Lua arrays start at 1
  for v = 1, VARIANTS do answers[v] = answers_of(v) end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
end

function request()
  local code = codes[position]
  if code == nil then
    error("ran out of codes at " .. position .. "; issue more")
  end
  local body = '{"query":"' .. QUERY .. '","variables":{"code":"' .. code .. '","answers":'
    .. answers[(position % VARIANTS) + 1] .. "}}"
  position = position + 1
  sent = sent + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"accepted":true', 1, true) then
    accepted = accepted + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total_accepted, total_refused, total_sent = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_accepted = total_accepted + thread:get("accepted")
    total_refused = total_refused + thread:get("refused")
    total_sent = total_sent + thread:get("sent")
  end
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"tool":"wrk","duration":%.3f,"ballotsPerSecond":%.2f,"p50":%.3f,"p99":%.3f,'
      .. '"accepted":%d,"refused":%d,"failed":%d,"sent":%d,"answered":%d}\n',
    seconds, total_accepted / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total_accepted, total_refused, failed, total_sent, total_accepted + total_refused))
end
