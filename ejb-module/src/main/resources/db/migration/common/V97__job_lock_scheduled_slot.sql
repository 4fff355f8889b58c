-- Issue 14: every instance's timer starts a scheduled job at the same minute. The minute a scheduled
-- run took the job's lock for is kept, so a second execution for that minute ends BUSY even when the
-- first has already finished: each scheduled run happens exactly once across the cluster.
ALTER TABLE job_lock ADD COLUMN last_scheduled_for TIMESTAMP WITH TIME ZONE;
