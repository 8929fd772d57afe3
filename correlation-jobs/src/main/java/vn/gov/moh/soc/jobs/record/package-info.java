/**
 * The records that flow between the stages of the job: plain classes with public fields and a
 * no-argument constructor, so Flink serializes them with its POJO serializer (never Kryo); alerts
 * travel as their ECS JSON, the form every sink writes. Events travel as the parsed event
 * ({@link vn.gov.moh.soc.jobs.record.EventRecordSerializer}), which match evaluates as it is,
 * and their JSON is written once, for the sinks.
 */
package vn.gov.moh.soc.jobs.record;
