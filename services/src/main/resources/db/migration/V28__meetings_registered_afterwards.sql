-- A meeting that was held before it was registered (the secretariat records it afterwards, with its outcomes):
-- marked as such on the meeting, in its history and in the lists.
ALTER TABLE meeting ADD COLUMN registered_afterwards BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting_aud ADD COLUMN registered_afterwards BOOLEAN;
