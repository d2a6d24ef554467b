/**
 * Text that did not come from wiretutor, and the one way to show it. {@link org.wiretutor.text.Escape} is the choke
 * point every renderer and every file writer goes through; {@link org.wiretutor.text.Foreign} marks bytes from a
 * server, a student, a graded program, a lesson folder or a saved file until they are shown. This package depends on
 * nothing else in wiretutor, so protocol code and screens can both use it.
 */
package org.wiretutor.text;
