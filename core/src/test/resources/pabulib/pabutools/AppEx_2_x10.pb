META
key;value
description;pabutools test_rule.py AppEx_2, costs x10 (add1's unit = 1/10 per voter)
country;none
unit;pabutools tests
instance;AppEx_2_x10
num_projects;4
num_votes;4
budget;40
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p0;10
p1;9.0
p2;20
p3;10.90
VOTES
voter_id;vote
v1;p0
v2;p1,p2,p3
v3;p1,p2,p3
v4;p2
