/** Module administration: list, upload and remove Bimtek bundles while the server runs. */
package org.bimtek.modules.internal;
