META
key;value
description;pabutools test_rule.py test_completion (second instance)
country;none
unit;pabutools tests
instance;Completion_2
num_projects;3
num_votes;8
budget;4
vote_type;approval
rule;greedy
PROJECTS
project_id;cost
p1;2
p2;2
p3;3
VOTES
voter_id;vote
v1;p1
v2;p1
v3;p1
v4;p1
v5;p1
v6;p2
v7;p3
v8;p3
