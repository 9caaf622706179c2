package org.mingyuan.platform.registry;

/**
 * One segment of the blockchain industry chain, kept as editable data.
 *
 * @param tier UPSTREAM, MIDSTREAM, DOWNSTREAM or PERIPHERY
 * @param position sort order, upstream first
 */
public record ChainSegment(String code, String tier, String nameZh, String nameEn, int position) {}
