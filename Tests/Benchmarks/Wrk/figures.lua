-- wrk's figures on one line that qadam-bench reads (LoadPhase): the requests and the time,
-- the errors (connect, read, write, timeout) and apart from them the answers of status 400 or
-- more (which wrk counts as status errors), and the latency's percentiles, in microseconds.
done = function(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "wrk-figures requests=%d duration_us=%d errors=%d http_errors=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f\n",
      summary.requests, summary.duration, errors.connect + errors.read + errors.write + errors.timeout, errors.status,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
