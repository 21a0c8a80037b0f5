/** The people register's pages: search, create and edit, detail with the record's audit history. */
package org.custos.web.register;
