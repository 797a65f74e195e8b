-- wrk script for the saturation part of bench/quiz-spike.sh: PUTs answer saves of many trainees' open
-- attempts, read from the file QuizSpike.java's "targets" mode wrote. Each wrk thread owns its own share of
-- the lines (so its saves of one slot carry increasing seq), and counts the saves the server reports as
-- "saved" (written), so that a superseded or refused save is not counted as throughput.
local lines = {}
local threads = {}
local counter = 0
saved = 0  -- global: done() reads it from each thread
id = 0  -- set per thread by setup()
local step = 1
local base = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads - 1)
end

function init(args)
  for line in io.lines(args[1]) do
    local attempt, slot, cookie, csrf, response = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)")
    table.insert(lines, {attempt = attempt, slot = slot, cookie = cookie, csrf = csrf, response = response})
  end
  step = tonumber(args[2])
  counter = id
  -- seq grows with the clock, so that a later run's saves are newer than an earlier run's
  base = os.time() * 1000000
end

function request()
  local target = lines[(counter % #lines) + 1]
  counter = counter + step
  local body = '{"saveId": "w' .. id .. '-' .. counter .. '", "seq": ' .. (base + counter) .. ', "response": ' .. target.response .. '}'
  return wrk.format("PUT", "/api/attempts/" .. target.attempt .. "/answers/" .. target.slot,
    {["Content-Type"] = "application/json", ["Cookie"] = target.cookie, ["X-CSRF-Token"] = target.csrf}, body)
end

function response(status, headers, body)
  if status == 200 and body:find('"saved"', 1, true) then
    saved = saved + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("saved")
  end
  io.write(string.format("  wrk: %d requests, %d saved (written), %d errors, p50 %.1f ms, p99 %.1f ms, %.0f saves/s written\n",
    summary.requests, total, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total / (summary.duration / 1e6)))
end
