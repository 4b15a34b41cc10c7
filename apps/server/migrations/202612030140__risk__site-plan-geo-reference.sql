-- A site plan can be geo-referenced: control points clicked on the plan with their WGS-84
-- coordinates ({x, y, lat, lng}, x/y in plan fractions). Zones then have real coordinates. Each
-- drawn zone carries the date it was last checked against the site.
alter table risk_site_plans add column control_points jsonb not null default '[]';
alter table risk_unit_placements add column reviewed_on date;
