-- The default vulnerable-group categories (Guangzhou names six; the list is a setting: edit rows, never code).
INSERT INTO client_categories (code, name_zh, name_en, sort_order) VALUES
  ('dibao', '低保', 'Minimum living allowance (dibao)', 10),
  ('dibian', '低边', 'Low-income margin', 20),
  ('tekun', '特困供养', 'Extreme-poverty support', 30),
  ('orphan', '孤儿', 'Orphan', 40),
  ('de_facto_orphan', '事实无人抚养儿童', 'De-facto unsupported child', 50),
  ('child_in_difficulty', '困境儿童', 'Child in difficulty', 60),
  ('elderly_alone', '独居老人', 'Elderly living alone', 70),
  ('elderly_empty_nest', '空巢老人', 'Empty-nest elderly', 80),
  ('elderly_advanced', '高龄老人', 'Advanced-age elderly (80+)', 90),
  ('severe_disability', '重度残疾人', 'Person with severe disability', 100),
  ('left_behind_child', '留守儿童', 'Left-behind child', 110),
  ('other', '其他', 'Other', 900)
ON CONFLICT (code) DO NOTHING;
