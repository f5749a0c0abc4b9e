-- Found by the benchmark with the national data (issue 18): the case list and the meeting list of one community read
-- every community's rows and sorted them. With these, a page is an index range, newest first, its total an index count.
CREATE INDEX case_file_community ON case_file (community_id, id);
CREATE INDEX case_file_community_status ON case_file (community_id, status, id);
CREATE INDEX meeting_community ON meeting (community_id, starts_at);
