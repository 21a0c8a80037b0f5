/**
 * System tests of the assembled EAR on Payara Server with PostgreSQL: the domain the build prepares
 * ({@link org.custos.system.server.PayaraServerSession}) and the tests Arquillian deploys into it.
 */
package org.custos.system.server;
