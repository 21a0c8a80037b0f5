/** Fixture domain: the schema names ({@link org.custos.archfixtures.bad.domain.Schema}), entities per context, shared values. */
package org.custos.archfixtures.bad.domain;
