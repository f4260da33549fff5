META
key;value
description;pabutools test_rule.py AppEx_4, costs x10 (add1's unit = 1/10 per voter)
country;none
unit;pabutools tests
instance;AppEx_4_x10
num_projects;3
num_votes;3
budget;20
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p0;0
p1;10
p2;20
VOTES
voter_id;vote
v1;p0
v2;p0,p1,p2
v3;p2
