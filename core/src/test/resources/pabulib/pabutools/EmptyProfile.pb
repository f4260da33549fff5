META
key;value
description;pabutools test_rule.py EmptyProfile
country;none
unit;pabutools tests
instance;EmptyProfile
num_projects;4
num_votes;1
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
v1;
