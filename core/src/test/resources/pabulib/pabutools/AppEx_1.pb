META
key;value
description;pabutools test_rule.py AppEx_1
country;none
unit;pabutools tests
instance;AppEx_1
num_projects;4
num_votes;2
budget;3
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p0;1
p1;3
p2;2
p3;1
VOTES
voter_id;vote
v1;p0,p1,p2,p3
v2;p0,p1,p2,p3
