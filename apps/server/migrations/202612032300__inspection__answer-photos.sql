-- Photos taken with an answer (an abnormal item's evidence); files of the same enterprise.
alter table inspection_record_answers add column photo_file_ids uuid[] not null default '{}';
