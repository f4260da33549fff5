META
key;value
description;pabutools test_rule.py AppEx_2
country;none
unit;pabutools tests
instance;AppEx_2
num_projects;4
num_votes;4
budget;4
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p0;1
p1;0.9
p2;2
p3;1.09
VOTES
voter_id;vote
v1;p0
v2;p1,p2,p3
v3;p1,p2,p3
v4;p2
