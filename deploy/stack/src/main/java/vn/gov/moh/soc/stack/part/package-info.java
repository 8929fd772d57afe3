/**
 * The parts of the stack, one class each: how to prepare its folder, the command that runs it,
 * how to tell it is healthy, and what to install in it once it is (Kafka topics, Elasticsearch
 * index templates; Keycloak imports its realm itself).
 */
package vn.gov.moh.soc.stack.part;
