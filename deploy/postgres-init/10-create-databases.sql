-- One database per service (no service reads another's). Run once, by the postgres
-- image's entrypoint, when the data volume is empty.
CREATE DATABASE spp_improvement;
CREATE DATABASE spp_notifications;
CREATE DATABASE spp_reporting;
