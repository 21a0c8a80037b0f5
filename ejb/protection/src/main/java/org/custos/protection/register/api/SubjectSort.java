package org.custos.protection.register.api;

/** The orders the register's search can list people in. */
public enum SubjectSort {
    NAME, DATE_OF_BIRTH, UPDATED
}
