/**
 * The records that flow between the stages of the job: plain classes with public fields and a
 * no-argument constructor, so Flink serializes them with its POJO serializer (never Kryo); the
 * events and alerts travel as their ECS JSON, the form every sink writes.
 */
package vn.gov.moh.soc.jobs.record;
