META
key;value
description;pabutools test_rule.py AppEx_4 (a free project)
country;none
unit;pabutools tests
instance;AppEx_4
num_projects;3
num_votes;3
budget;2
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p0;0
p1;1
p2;2
VOTES
voter_id;vote
v1;p0
v2;p0,p1,p2
v3;p2
