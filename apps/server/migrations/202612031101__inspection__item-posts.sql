-- A check item can belong to a post (岗位): the post's daily checklist lists its items. Kept on the
-- item, not the measure: it is how the checks are shared out, which the register does not say.
alter table inspection_items add column post_id uuid;
alter table inspection_items
  add constraint inspection_items_post foreign key (enterprise_id, post_id) references org_units (enterprise_id, id);
create index inspection_items_by_post on inspection_items (enterprise_id, post_id) where post_id is not null;
