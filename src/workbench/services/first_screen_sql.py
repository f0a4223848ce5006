"""Today's queries as SQL text, for the first screen of a start (services/first_screen.py).

Generated from services/today.py by scripts/update-first-screen-sql; do not edit.
tests/services/test_first_screen.py fails when this file is out of date.
"""

# fmt: off

SCHEMA = '0015_delegated_task_indexes'
USER_KEY = 'current_user_id'
WORKING_DAYS_KEY = 'working_days'
STATEMENTS = {'late_tasks': ('SELECT task.id, task.title, task.kind, task.due_at, '
                'task.opportunity_id, task.contact_id, task.lead_id, contact.id AS '
                'contact, contact.first_name AS contact_first, contact.last_name AS '
                'contact_last, contact.account_id AS contact_account, '
                'coalesce(nullif(contact.phone, ?), contact.mobile) AS contact_phone, '
                'lead_1.id AS lead, lead_1.first_name AS lead_first, lead_1.last_name '
                'AS lead_last, lead_1.company AS lead_company, lead_1.phone AS '
                'lead_phone, opportunity.title AS deal, account_1.name AS account, '
                'opportunity.owner_id, user_1.name AS owner \n'
                'FROM task LEFT OUTER JOIN contact ON contact.id = task.contact_id '
                'LEFT OUTER JOIN opportunity ON opportunity.id = task.opportunity_id '
                'LEFT OUTER JOIN lead AS lead_1 ON lead_1.id = task.lead_id LEFT '
                'OUTER JOIN account AS account_1 ON account_1.id = '
                'coalesce(opportunity.account_id, contact.account_id) LEFT OUTER JOIN '
                'user AS user_1 ON user_1.id = opportunity.owner_id \n'
                'WHERE task.assignee_id = ? AND task.done_at IS NULL AND task.deleted '
                'IS 0 AND task.due_at < ? AND (task.opportunity_id IS NULL OR '
                'task.opportunity_id IN (SELECT opportunity.id \n'
                'FROM opportunity \n'
                'WHERE opportunity.owner_id = ?) OR task.opportunity_id IN (SELECT '
                'opportunity.id \n'
                'FROM opportunity \n'
                'WHERE opportunity.owner_id IS NULL)) ORDER BY task.due_at, '
                'task.title\n'
                ' LIMIT ? OFFSET ?',
                (('value', ''),
                 ('param', 'me', 'uuid'),
                 ('param', 'now', 'utc'),
                 ('param', 'me', 'uuid'),
                 ('param', 'tasks_shown', ''),
                 ('value', 0)),
                (('id', 'uuid'),
                 ('title', ''),
                 ('kind', ''),
                 ('due_at', 'utc'),
                 ('opportunity_id', 'uuid'),
                 ('contact_id', 'uuid'),
                 ('lead_id', 'uuid'),
                 ('contact', 'uuid'),
                 ('contact_first', ''),
                 ('contact_last', ''),
                 ('contact_account', 'uuid'),
                 ('contact_phone', ''),
                 ('lead', 'uuid'),
                 ('lead_first', ''),
                 ('lead_last', ''),
                 ('lead_company', ''),
                 ('lead_phone', ''),
                 ('deal', ''),
                 ('account', ''),
                 ('owner_id', 'uuid'),
                 ('owner', ''))),
 'today_tasks': ('SELECT task.id, task.title, task.kind, task.due_at, '
                 'task.opportunity_id, task.contact_id, task.lead_id, contact.id AS '
                 'contact, contact.first_name AS contact_first, contact.last_name AS '
                 'contact_last, contact.account_id AS contact_account, '
                 'coalesce(nullif(contact.phone, ?), contact.mobile) AS '
                 'contact_phone, lead_1.id AS lead, lead_1.first_name AS lead_first, '
                 'lead_1.last_name AS lead_last, lead_1.company AS lead_company, '
                 'lead_1.phone AS lead_phone, opportunity.title AS deal, '
                 'account_1.name AS account, opportunity.owner_id, user_1.name AS '
                 'owner \n'
                 'FROM task LEFT OUTER JOIN contact ON contact.id = task.contact_id '
                 'LEFT OUTER JOIN opportunity ON opportunity.id = task.opportunity_id '
                 'LEFT OUTER JOIN lead AS lead_1 ON lead_1.id = task.lead_id LEFT '
                 'OUTER JOIN account AS account_1 ON account_1.id = '
                 'coalesce(opportunity.account_id, contact.account_id) LEFT OUTER '
                 'JOIN user AS user_1 ON user_1.id = opportunity.owner_id \n'
                 'WHERE task.assignee_id = ? AND task.done_at IS NULL AND '
                 'task.deleted IS 0 AND task.due_at >= ? AND task.due_at < ? AND '
                 '(task.opportunity_id IS NULL OR task.opportunity_id IN (SELECT '
                 'opportunity.id \n'
                 'FROM opportunity \n'
                 'WHERE opportunity.owner_id = ?) OR task.opportunity_id IN (SELECT '
                 'opportunity.id \n'
                 'FROM opportunity \n'
                 'WHERE opportunity.owner_id IS NULL)) ORDER BY task.due_at, '
                 'task.title\n'
                 ' LIMIT ? OFFSET ?',
                 (('value', ''),
                  ('param', 'me', 'uuid'),
                  ('param', 'now', 'utc'),
                  ('param', 'day_end', 'utc'),
                  ('param', 'me', 'uuid'),
                  ('param', 'tasks_shown', ''),
                  ('value', 0)),
                 (('id', 'uuid'),
                  ('title', ''),
                  ('kind', ''),
                  ('due_at', 'utc'),
                  ('opportunity_id', 'uuid'),
                  ('contact_id', 'uuid'),
                  ('lead_id', 'uuid'),
                  ('contact', 'uuid'),
                  ('contact_first', ''),
                  ('contact_last', ''),
                  ('contact_account', 'uuid'),
                  ('contact_phone', ''),
                  ('lead', 'uuid'),
                  ('lead_first', ''),
                  ('lead_last', ''),
                  ('lead_company', ''),
                  ('lead_phone', ''),
                  ('deal', ''),
                  ('account', ''),
                  ('owner_id', 'uuid'),
                  ('owner', ''))),
 'delegated_tasks': ('SELECT task.id, task.title, task.kind, task.due_at, '
                     'task.opportunity_id, task.contact_id, task.lead_id, contact.id '
                     'AS contact, contact.first_name AS contact_first, '
                     'contact.last_name AS contact_last, contact.account_id AS '
                     'contact_account, coalesce(nullif(contact.phone, ?), '
                     'contact.mobile) AS contact_phone, lead_1.id AS lead, '
                     'lead_1.first_name AS lead_first, lead_1.last_name AS lead_last, '
                     'lead_1.company AS lead_company, lead_1.phone AS lead_phone, '
                     'opportunity.title AS deal, account_1.name AS account, '
                     'opportunity.owner_id, user_1.name AS owner \n'
                     'FROM task LEFT OUTER JOIN contact ON contact.id = '
                     'task.contact_id LEFT OUTER JOIN opportunity ON opportunity.id = '
                     'task.opportunity_id LEFT OUTER JOIN lead AS lead_1 ON lead_1.id '
                     '= task.lead_id LEFT OUTER JOIN account AS account_1 ON '
                     'account_1.id = coalesce(opportunity.account_id, '
                     'contact.account_id) LEFT OUTER JOIN user AS user_1 ON user_1.id '
                     '= opportunity.owner_id \n'
                     'WHERE task.assignee_id = ? AND task.done_at IS NULL AND '
                     'task.deleted IS 0 AND task.opportunity_id IS NOT NULL AND '
                     '(task.opportunity_id NOT IN (SELECT opportunity.id \n'
                     'FROM opportunity \n'
                     'WHERE opportunity.owner_id = ?)) AND opportunity.owner_id IS '
                     'NOT NULL ORDER BY task.due_at IS NULL, task.due_at, task.title\n'
                     ' LIMIT ? OFFSET ?',
                     (('value', ''),
                      ('param', 'me', 'uuid'),
                      ('param', 'me', 'uuid'),
                      ('param', 'tasks_shown', ''),
                      ('value', 0)),
                     (('id', 'uuid'),
                      ('title', ''),
                      ('kind', ''),
                      ('due_at', 'utc'),
                      ('opportunity_id', 'uuid'),
                      ('contact_id', 'uuid'),
                      ('lead_id', 'uuid'),
                      ('contact', 'uuid'),
                      ('contact_first', ''),
                      ('contact_last', ''),
                      ('contact_account', 'uuid'),
                      ('contact_phone', ''),
                      ('lead', 'uuid'),
                      ('lead_first', ''),
                      ('lead_last', ''),
                      ('lead_company', ''),
                      ('lead_phone', ''),
                      ('deal', ''),
                      ('account', ''),
                      ('owner_id', 'uuid'),
                      ('owner', ''))),
 'late_count': ('SELECT count(*) AS count_1 \n'
                'FROM task \n'
                'WHERE task.assignee_id = ? AND task.done_at IS NULL AND task.deleted '
                'IS 0 AND task.due_at < ? AND (task.opportunity_id IS NULL OR '
                'task.opportunity_id IN (SELECT opportunity.id \n'
                'FROM opportunity \n'
                'WHERE opportunity.owner_id = ?) OR task.opportunity_id IN (SELECT '
                'opportunity.id \n'
                'FROM opportunity \n'
                'WHERE opportunity.owner_id IS NULL))',
                (('param', 'me', 'uuid'),
                 ('param', 'now', 'utc'),
                 ('param', 'me', 'uuid')),
                ()),
 'today_count': ('SELECT count(*) AS count_1 \n'
                 'FROM task \n'
                 'WHERE task.assignee_id = ? AND task.done_at IS NULL AND '
                 'task.deleted IS 0 AND task.due_at >= ? AND task.due_at < ? AND '
                 '(task.opportunity_id IS NULL OR task.opportunity_id IN (SELECT '
                 'opportunity.id \n'
                 'FROM opportunity \n'
                 'WHERE opportunity.owner_id = ?) OR task.opportunity_id IN (SELECT '
                 'opportunity.id \n'
                 'FROM opportunity \n'
                 'WHERE opportunity.owner_id IS NULL))',
                 (('param', 'me', 'uuid'),
                  ('param', 'now', 'utc'),
                  ('param', 'day_end', 'utc'),
                  ('param', 'me', 'uuid')),
                 ()),
 'delegated_count': ('SELECT count(*) AS count_1 \n'
                     'FROM task JOIN opportunity ON opportunity.id = '
                     'task.opportunity_id \n'
                     'WHERE task.assignee_id = ? AND task.done_at IS NULL AND '
                     'task.deleted IS 0 AND task.opportunity_id IS NOT NULL AND '
                     '(task.opportunity_id NOT IN (SELECT opportunity.id \n'
                     'FROM opportunity \n'
                     'WHERE opportunity.owner_id = ?)) AND opportunity.owner_id IS '
                     'NOT NULL',
                     (('param', 'me', 'uuid'), ('param', 'me', 'uuid')),
                     ()),
 'meetings': ('SELECT activity.id, activity.subject, activity.location, '
              'activity.started_at, activity.opportunity_id, activity.contact_id, '
              'activity.account_id, activity.lead_id, account.name AS account, '
              'contact.id AS contact, contact.first_name AS contact_first, '
              'contact.last_name AS contact_last, contact.phone AS contact_phone, '
              'contact.mobile AS contact_mobile \n'
              'FROM activity LEFT OUTER JOIN contact ON contact.id = '
              'activity.contact_id LEFT OUTER JOIN account ON account.id = '
              'activity.account_id \n'
              'WHERE activity.kind IN (?, ?) AND activity.status = ? AND '
              'activity.deleted IS 0 AND activity.user_id = ? AND activity.started_at '
              '< ? AND activity.started_at >= ? ORDER BY activity.started_at',
              (('value', 'meeting'),
               ('value', 'visit'),
               ('value', 'planned'),
               ('param', 'me', 'uuid'),
               ('param', 'day_end', 'utc'),
               ('param', 'meetings_from', 'utc')),
              (('id', 'uuid'),
               ('subject', ''),
               ('location', ''),
               ('started_at', 'utc'),
               ('opportunity_id', 'uuid'),
               ('contact_id', 'uuid'),
               ('account_id', 'uuid'),
               ('lead_id', 'uuid'),
               ('account', ''),
               ('contact', 'uuid'),
               ('contact_first', ''),
               ('contact_last', ''),
               ('contact_phone', ''),
               ('contact_mobile', ''))),
 'leads_waiting': ('SELECT lead.id, lead.first_name, lead.last_name, lead.company, '
                   'lead.email, lead.phone, lead.source, lead.status, '
                   'lead.received_at, lead.first_contacted_at \n'
                   'FROM lead \n'
                   'WHERE lead.status IN (?, ?, ?) AND lead.first_contacted_at IS '
                   'NULL AND lead.deleted IS 0 AND (lead.owner_id = ? OR '
                   'lead.owner_id IS NULL) ORDER BY lead.received_at\n'
                   ' LIMIT ? OFFSET ?',
                   (('value', 'new'),
                    ('value', 'mql'),
                    ('value', 'sql'),
                    ('param', 'me', 'uuid'),
                    ('value', 50),
                    ('value', 0)),
                   (('id', 'uuid'),
                    ('first_name', ''),
                    ('last_name', ''),
                    ('company', ''),
                    ('email', ''),
                    ('phone', ''),
                    ('source', ''),
                    ('status', ''),
                    ('received_at', 'utc'),
                    ('first_contacted_at', 'utc'))),
 'leads_total': ('SELECT count(*) AS count_1 \n'
                 'FROM lead \n'
                 'WHERE lead.status IN (?, ?, ?) AND lead.first_contacted_at IS NULL '
                 'AND lead.deleted IS 0 AND (lead.owner_id = ? OR lead.owner_id IS '
                 'NULL)',
                 (('value', 'new'),
                  ('value', 'mql'),
                  ('value', 'sql'),
                  ('param', 'me', 'uuid')),
                 ()),
 'offers': ('SELECT offer.id, offer.number, offer.opportunity_id, offer.contact_id, '
            'offer.account_id, offer_version.sent_at, account.name AS account, '
            'contact.id AS contact, contact.first_name AS contact_first, '
            'contact.last_name AS contact_last, contact.phone AS contact_phone, '
            'contact.mobile AS contact_mobile \n'
            'FROM offer JOIN offer_version ON offer_version.offer_id = offer.id AND '
            'offer_version.version = offer.latest_version LEFT OUTER JOIN account ON '
            'account.id = offer.account_id LEFT OUTER JOIN contact ON contact.id = '
            'offer.contact_id \n'
            'WHERE offer.deleted IS 0 AND offer.owner_id = ? AND offer_version.status '
            '= ? AND offer_version.sent_at IS NOT NULL AND offer_version.sent_at <= ? '
            'AND NOT (EXISTS (SELECT * \n'
            'FROM activity \n'
            'WHERE activity.status = ? AND activity.deleted IS 0 AND '
            'activity.started_at >= offer_version.sent_at AND activity.opportunity_id '
            '= offer.opportunity_id)) AND NOT (EXISTS (SELECT * \n'
            'FROM activity \n'
            'WHERE activity.status = ? AND activity.deleted IS 0 AND '
            'activity.started_at >= offer_version.sent_at AND activity.contact_id = '
            'offer.contact_id)) AND NOT (EXISTS (SELECT * \n'
            'FROM activity \n'
            'WHERE activity.status = ? AND activity.deleted IS 0 AND '
            'activity.started_at >= offer_version.sent_at AND activity.account_id = '
            'offer.account_id)) AND NOT (EXISTS (SELECT * \n'
            'FROM task \n'
            'WHERE task.done_at IS NULL AND task.deleted IS 0 AND task.kind IN (?, ?, '
            '?, ?) AND task.created_at >= offer_version.sent_at AND '
            'task.opportunity_id = offer.opportunity_id)) AND NOT (EXISTS (SELECT * \n'
            'FROM task \n'
            'WHERE task.done_at IS NULL AND task.deleted IS 0 AND task.kind IN (?, ?, '
            '?, ?) AND task.created_at >= offer_version.sent_at AND task.contact_id = '
            'offer.contact_id)) ORDER BY offer_version.sent_at\n'
            ' LIMIT ? OFFSET ?',
            (('param', 'me', 'uuid'),
             ('value', 'sent'),
             ('param', 'offers_cutoff', 'utc'),
             ('value', 'done'),
             ('value', 'done'),
             ('value', 'done'),
             ('value', 'call'),
             ('value', 'meeting'),
             ('value', 'follow_up'),
             ('value', 'email'),
             ('value', 'call'),
             ('value', 'meeting'),
             ('value', 'follow_up'),
             ('value', 'email'),
             ('param', 'offers_shown', ''),
             ('value', 0)),
            (('id', 'uuid'),
             ('number', ''),
             ('opportunity_id', 'uuid'),
             ('contact_id', 'uuid'),
             ('account_id', 'uuid'),
             ('sent_at', 'utc'),
             ('account', ''),
             ('contact', 'uuid'),
             ('contact_first', ''),
             ('contact_last', ''),
             ('contact_phone', ''),
             ('contact_mobile', ''))),
 'offers_count': ('SELECT count(*) AS count_1 \n'
                  'FROM (SELECT offer.id AS id, offer.number AS number, '
                  'offer.opportunity_id AS opportunity_id, offer.contact_id AS '
                  'contact_id, offer.account_id AS account_id, offer_version.sent_at '
                  'AS sent_at, account.name AS account, contact.id AS contact, '
                  'contact.first_name AS contact_first, contact.last_name AS '
                  'contact_last, contact.phone AS contact_phone, contact.mobile AS '
                  'contact_mobile \n'
                  'FROM offer JOIN offer_version ON offer_version.offer_id = offer.id '
                  'AND offer_version.version = offer.latest_version LEFT OUTER JOIN '
                  'account ON account.id = offer.account_id LEFT OUTER JOIN contact '
                  'ON contact.id = offer.contact_id \n'
                  'WHERE offer.deleted IS 0 AND offer.owner_id = ? AND '
                  'offer_version.status = ? AND offer_version.sent_at IS NOT NULL AND '
                  'offer_version.sent_at <= ? AND NOT (EXISTS (SELECT * \n'
                  'FROM activity \n'
                  'WHERE activity.status = ? AND activity.deleted IS 0 AND '
                  'activity.started_at >= offer_version.sent_at AND '
                  'activity.opportunity_id = offer.opportunity_id)) AND NOT (EXISTS '
                  '(SELECT * \n'
                  'FROM activity \n'
                  'WHERE activity.status = ? AND activity.deleted IS 0 AND '
                  'activity.started_at >= offer_version.sent_at AND '
                  'activity.contact_id = offer.contact_id)) AND NOT (EXISTS (SELECT '
                  '* \n'
                  'FROM activity \n'
                  'WHERE activity.status = ? AND activity.deleted IS 0 AND '
                  'activity.started_at >= offer_version.sent_at AND '
                  'activity.account_id = offer.account_id)) AND NOT (EXISTS (SELECT '
                  '* \n'
                  'FROM task \n'
                  'WHERE task.done_at IS NULL AND task.deleted IS 0 AND task.kind IN '
                  '(?, ?, ?, ?) AND task.created_at >= offer_version.sent_at AND '
                  'task.opportunity_id = offer.opportunity_id)) AND NOT (EXISTS '
                  '(SELECT * \n'
                  'FROM task \n'
                  'WHERE task.done_at IS NULL AND task.deleted IS 0 AND task.kind IN '
                  '(?, ?, ?, ?) AND task.created_at >= offer_version.sent_at AND '
                  'task.contact_id = offer.contact_id))) AS anon_1',
                  (('param', 'me', 'uuid'),
                   ('value', 'sent'),
                   ('param', 'offers_cutoff', 'utc'),
                   ('value', 'done'),
                   ('value', 'done'),
                   ('value', 'done'),
                   ('value', 'call'),
                   ('value', 'meeting'),
                   ('value', 'follow_up'),
                   ('value', 'email'),
                   ('value', 'call'),
                   ('value', 'meeting'),
                   ('value', 'follow_up'),
                   ('value', 'email')),
                  ()),
 'local_settings': ('SELECT workbench_meta."key", workbench_meta.value \n'
                    'FROM workbench_meta \n'
                    'WHERE workbench_meta."key" IN (?, ?)',
                    (('value', 'current_user_id'), ('value', 'working_days')),
                    (('key', ''), ('value', ''))),
 'team_settings': ('SELECT team_setting."key", team_setting.value \n'
                   'FROM team_setting \n'
                   'WHERE team_setting."key" IN (?, ?) AND team_setting.deleted IS 0',
                   (('value', 'current_user_id'), ('value', 'working_days')),
                   (('key', ''), ('value', '')))}
