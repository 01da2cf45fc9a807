-- Closing a case closes what is still open on it: a follow-up or a referral can be cancelled (with the reason in
-- done_note / outcome) instead of done. A closed follow-up, done or cancelled, always has done_at.
ALTER TABLE follow_ups ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1));
ALTER TABLE referrals ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1));

-- Cases closed before this rule left follow-ups open, which showed as overdue on closed cases and in the term
-- report. They are cancelled as of the closing, by whoever closed the case.
UPDATE follow_ups
   SET cancelled = 1,
       done_note = 'kasus ditutup',
       done_at = (SELECT coalesce(c.closed_at, c.updated_at) FROM cases c WHERE c.id = follow_ups.case_id),
       done_on = (SELECT substr(coalesce(c.closed_at, c.updated_at), 1, 10) FROM cases c
                   WHERE c.id = follow_ups.case_id),
       done_by = coalesce((SELECT h.changed_by FROM status_history h WHERE h.case_id = follow_ups.case_id
                            ORDER BY h.changed_at DESC, h.id DESC LIMIT 1), created_by)
 WHERE done_at IS NULL
   AND case_id IN (SELECT id FROM cases WHERE status IN ('RESOLVED', 'DISMISSED'));
